"use client";

import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";

/** How long a part whose code could not be fetched waits before trying again (also retried on "online"). */
const RETRY_MS = 5000;

type Boundary = { failed: ReactNode; onRetry: () => void; children: ReactNode };

/** Shows `failed` instead of the part when its chunk cannot be fetched, and asks for a retry later. */
class LoadBoundary extends Component<Boundary, { hasFailed: boolean }> {
  state = { hasFailed: false };
  private timer: ReturnType<typeof setTimeout> | undefined;

  static getDerivedStateFromError() {
    return { hasFailed: true };
  }

  componentDidCatch(error: unknown) {
    console.warn("A part of the page could not be loaded; retrying:", error);
    window.addEventListener("online", this.retry);
    this.timer = setTimeout(this.retry, RETRY_MS);
  }

  componentWillUnmount() {
    window.removeEventListener("online", this.retry);
    clearTimeout(this.timer);
  }

  private retry = () => {
    window.removeEventListener("online", this.retry);
    clearTimeout(this.timer);
    this.props.onRetry();
  };

  render() {
    return this.state.hasFailed ? this.props.failed : this.props.children;
  }
}

/**
 * A component whose code is a chunk of its own, fetched when it first renders in the browser
 * (the server renders it into the HTML as usual, and React keeps that HTML until the chunk is
 * there). React.lazy alone would throw a failed fetch (offline, a deploy in between) to the page's
 * error boundary and remember the failure for good: here the part shows `failed` and tries again
 * when the browser is back online, or a few seconds later.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { loading, failed }: { loading: ReactNode; failed: ReactNode },
): ComponentType<P> {
  const fresh = () => lazy(async () => ({ default: await load() }));
  let Lazy = fresh();
  function LazyPart(props: P) {
    const [attempt, setAttempt] = useState(0);
    const retry = () => {
      Lazy = fresh();
      setAttempt((n) => n + 1);
    };
    return (
      <LoadBoundary key={attempt} failed={failed} onRetry={retry}>
        <Suspense fallback={loading}>
          <Lazy {...props} />
        </Suspense>
      </LoadBoundary>
    );
  }
  return LazyPart;
}
