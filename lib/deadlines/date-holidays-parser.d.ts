// date-holidays-parser ships its types as an ambient module that its package "exports" do not name,
// so TypeScript's bundler resolution never finds them: bring them in by path.
/// <reference path="../../node_modules/date-holidays-parser/types/index.d.ts" />
