import type { PdfKit, PdfRef } from './document';

/** Structure types the pack uses (ISO 32000 standard structure types). */
export type TagType = 'Document' | 'Sect' | 'H1' | 'H2' | 'P' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'TOC' | 'TOCI';

type Element = { ref: PdfRef; parent: string; alt: string | null; kids: string[]; type: TagType };

/** Frees what pdfkit keeps of an object once written: only its number is needed afterwards. */
const written = (ref: PdfRef): void => {
  ref.end();
  ref.data = {};
};

/** A PDF text string: UTF-16BE with its byte order mark, as hexadecimal. */
const pdfText = (text: string): string => {
  let hex = '<FEFF';
  for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).padStart(4, '0');
  return `${hex}>`;
};

/**
 * Writes a structure element as one string: a pack has a few hundred thousand of them (one per
 * table cell), and pdfkit's generic object serialisation would spend seconds on them.
 */
const writeElement = (doc: PdfKit, element: Element): void => {
  const { ref } = element;
  ref.offset = doc._offset;
  const alt = element.alt === null ? '' : ` /Alt ${pdfText(element.alt)}`;
  doc._write(
    Buffer.from(`${ref.id} 0 obj\n<< /S /${element.type} /P ${element.parent}${alt} /K [${element.kids.join(' ')}] >>\nendobj\n`, 'latin1'),
  );
  doc._refEnd(ref);
};

/**
 * A structure tree written as the pages are: each element is written when it closes and each
 * page's parent-tree entry when the page ends, so a 1,000-page pack holds only open elements in
 * memory (pdfkit's own tree keeps every element until the end).
 */
export const createTagWriter = (doc: PdfKit, write: (content: string) => void) => {
  const root = doc.getStructTreeRoot();
  const stack: Element[] = [];
  let marked: Element | null = null;
  let pageMcids: PdfRef[] = [];
  let pageKey = -1;

  const endMarked = (): void => {
    if (marked === null) return;
    write('EMC');
    marked = null;
  };

  const endPage = (): void => {
    endMarked();
    if (pageKey < 0) return;
    const entry = doc.ref(pageMcids);
    written(entry);
    root.data.ParentTree.add(pageKey, entry);
    pageMcids = [];
    pageKey = -1;
  };

  const open = (type: TagType, options: { alt?: string } = {}): void => {
    endMarked();
    const parent = stack[stack.length - 1];
    const ref = doc.ref();
    parent?.kids.push(ref.toString());
    stack.push({ ref, parent: (parent?.ref ?? root).toString(), alt: options.alt ?? null, kids: [], type });
  };

  return {
    /** Call before pdfkit ends a page: closes its marked content and writes its parent-tree entry. */
    pageEnding: endPage,
    /** Call after pdfkit added a page: its content gets marked under this page's key. */
    pageStarted: (): void => {
      pageKey = root.data.ParentTreeNextKey++;
      doc.page.dictionary.data.StructParents = pageKey;
    },
    open,
    close: (): void => {
      endMarked();
      const element = stack.pop();
      if (element) writeElement(doc, element);
    },
    /** Marks what is drawn next as content of the innermost open element (one sequence per element and page). */
    mark: (): void => {
      const element = stack[stack.length - 1];
      if (!element || marked === element) return;
      endMarked();
      const mcid = pageMcids.length;
      pageMcids.push(element.ref);
      element.kids.push(`<< /Type /MCR /Pg ${doc.page.dictionary.toString()} /MCID ${mcid} >>`);
      write(`/${element.type} <</MCID ${mcid}>> BDC`);
      marked = element;
    },
    /** Headers, footers, rules and fills: not content, so readers and assistive tools skip them. */
    artifact: (draw: () => void): void => {
      endMarked();
      write('/Artifact BMC');
      draw();
      write('EMC');
    },
    /** Closes every element and the last page; the tree root is written by pdfkit at the end. */
    finish: (): void => {
      endPage();
      const top = stack[0];
      while (stack.length > 0) writeElement(doc, stack.pop() as Element);
      if (top) root.data.K = [top.ref];
    },
  };
};

export type TagWriter = ReturnType<typeof createTagWriter>;
