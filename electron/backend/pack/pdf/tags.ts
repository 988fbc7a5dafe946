import type { PdfKit, PdfRef } from './document';

/** Structure types the pack uses (ISO 32000 standard structure types). */
export type TagType = 'Document' | 'Sect' | 'H1' | 'H2' | 'P' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'TOC' | 'TOCI';

type Element = { ref: PdfRef; kids: unknown[]; type: TagType };

/** Frees what pdfkit keeps of an object once written: only its number is needed afterwards. */
const written = (ref: PdfRef): void => {
  ref.end();
  ref.data = {};
};

/**
 * A structure tree written as the pages are: each element is written when it closes and each
 * page's parent-tree entry when the page ends, so a 1,000-page pack holds only open elements in
 * memory (pdfkit's own tree keeps every element until the end).
 */
export const createTagWriter = (doc: PdfKit) => {
  const root = doc.getStructTreeRoot();
  const stack: Element[] = [];
  let marked: Element | null = null;
  let pageMcids: PdfRef[] = [];
  let pageKey = -1;

  const endMarked = (): void => {
    if (marked === null) return;
    doc.addContent('EMC');
    marked = null;
  };

  const endPage = (): void => {
    endMarked();
    if (pageKey < 0) return;
    const entry = doc.ref(pageMcids);
    written(entry);
    root.data.ParentTree.add(pageKey, entry);
    pageMcids = [];
  };

  const open = (type: TagType, options: { alt?: string } = {}): void => {
    endMarked();
    const parent = stack[stack.length - 1];
    const ref = doc.ref({ S: type, P: parent?.ref ?? root, ...(options.alt ? { Alt: new String(options.alt) } : {}) });
    parent?.kids.push(ref);
    stack.push({ ref, kids: [], type });
  };

  return {
    /** Call after pdfkit added a page: its content gets marked under this page's key. */
    pageStarted: (): void => {
      endPage();
      pageKey = root.data.ParentTreeNextKey++;
      doc.page.dictionary.data.StructParents = pageKey;
    },
    open,
    close: (): void => {
      endMarked();
      const element = stack.pop();
      if (!element) return;
      (element.ref.data as Record<string, unknown>).K = element.kids;
      written(element.ref);
    },
    /** Marks what is drawn next as content of the innermost open element (one sequence per element and page). */
    mark: (): void => {
      const element = stack[stack.length - 1];
      if (!element || marked === element) return;
      endMarked();
      const mcid = pageMcids.length;
      pageMcids.push(element.ref);
      element.kids.push({ Type: 'MCR', Pg: doc.page.dictionary, MCID: mcid });
      doc.addContent(`/${element.type} <</MCID ${mcid}>> BDC`);
      marked = element;
    },
    /** Headers, footers, rules and fills: not content, so readers and assistive tools skip them. */
    artifact: (draw: () => void): void => {
      endMarked();
      doc.addContent('/Artifact BMC');
      draw();
      doc.addContent('EMC');
    },
    /** Closes every element and the last page; the tree root is written by pdfkit at the end. */
    finish: (): void => {
      endPage();
      const top = stack[0];
      while (stack.length > 0) {
        const element = stack.pop() as Element;
        (element.ref.data as Record<string, unknown>).K = element.kids;
        written(element.ref);
      }
      if (top) root.data.K = [top.ref];
    },
  };
};

export type TagWriter = ReturnType<typeof createTagWriter>;
