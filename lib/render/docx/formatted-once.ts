import { Paragraph, type IContext, type IXmlableObject } from "docx";

/**
 * A paragraph that `docx` formats once and then reuses, for the parts of a Word file that depend
 * on the style alone (the pleading header, the page-number footer) and so are built once per
 * style and shared by every order's Document. Without it `Packer` formats them again for every
 * order, the pleading header twice (its part and its relationships) with the document's text
 * styles read again for its text box: a third of a seed order's packing.
 */
export class FormattedOnceParagraph extends Paragraph {
  #xml: IXmlableObject | undefined;

  override prepForXml(context: IContext): IXmlableObject | undefined {
    this.#xml ??= super.prepForXml(context);
    return this.#xml;
  }
}
