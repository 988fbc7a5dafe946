-- Sève schema 5: one accent- and case-insensitive search index over the whole quality system,
-- replacing the documents-only index of schema 1. Rows: one per document (reference, title, and
-- the change summaries of all its versions) and one per requirement (number, titles, text).
-- Triggers keep it in step with the records, inside the writing transaction. The rowid encodes
-- the record (document id × 2, requirement id × 2 + 1) so each update finds its row directly.

DROP TRIGGER documents_fts_insert;
DROP TRIGGER documents_fts_delete;
DROP TRIGGER documents_fts_update;
DROP TABLE documents_fts;

CREATE VIRTUAL TABLE search_index USING fts5 (
  kind UNINDEXED,
  record_id UNINDEXED,
  label,
  title,
  body,
  -- The same words with the ligatures spelled out (œ → oe, æ → ae), which the tokenizer does not
  -- fold: "oeuvre" must find "œuvre".
  folded,
  tokenize = 'unicode61 remove_diacritics 2'
);

-- Documents ---------------------------------------------------------------------------------

CREATE TRIGGER search_document_insert AFTER INSERT ON documents
BEGIN
  INSERT INTO search_index (rowid, kind, record_id, label, title, body, folded)
  VALUES (new.id * 2, 'document', new.id, new.reference, new.title, '', replace(replace(replace(replace(new.title, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'));
END;

CREATE TRIGGER search_document_update AFTER UPDATE OF reference, title ON documents
BEGIN
  UPDATE search_index SET label = new.reference, title = new.title, folded = replace(replace(replace(replace(new.title || ' ' || body, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE') WHERE rowid = new.id * 2;
END;

CREATE TRIGGER search_document_delete AFTER DELETE ON documents
BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 2;
END;

CREATE TRIGGER search_version_insert AFTER INSERT ON document_versions
BEGIN
  UPDATE search_index
  SET body = coalesce((SELECT group_concat(change_summary, ' ') FROM document_versions WHERE document_id = new.document_id), '')
  WHERE rowid = new.document_id * 2;
  UPDATE search_index SET folded = replace(replace(replace(replace(title || ' ' || body, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE') WHERE rowid = new.document_id * 2;
END;

CREATE TRIGGER search_version_update AFTER UPDATE OF change_summary ON document_versions
BEGIN
  UPDATE search_index
  SET body = coalesce((SELECT group_concat(change_summary, ' ') FROM document_versions WHERE document_id = new.document_id), '')
  WHERE rowid = new.document_id * 2;
  UPDATE search_index SET folded = replace(replace(replace(replace(title || ' ' || body, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE') WHERE rowid = new.document_id * 2;
END;

-- Requirements ------------------------------------------------------------------------------

CREATE TRIGGER search_requirement_insert AFTER INSERT ON requirements
BEGIN
  INSERT INTO search_index (rowid, kind, record_id, label, title, body, folded)
  VALUES (new.id * 2 + 1, 'requirement', new.id, new.number, new.title_fr || coalesce(' ' || new.title_en, ''), coalesce(new.text, ''),
    replace(replace(replace(replace(new.title_fr || ' ' || coalesce(new.text, ''), 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE'));
END;

CREATE TRIGGER search_requirement_update AFTER UPDATE OF number, title_fr, title_en, text ON requirements
BEGIN
  UPDATE search_index
  SET label = new.number, title = new.title_fr || coalesce(' ' || new.title_en, ''), body = coalesce(new.text, ''),
    folded = replace(replace(replace(replace(new.title_fr || ' ' || coalesce(new.text, ''), 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE')
  WHERE rowid = new.id * 2 + 1;
END;

CREATE TRIGGER search_requirement_delete AFTER DELETE ON requirements
BEGIN
  DELETE FROM search_index WHERE rowid = old.id * 2 + 1;
END;

-- What the file already holds.
INSERT INTO search_index (rowid, kind, record_id, label, title, body, folded)
SELECT d.id * 2, 'document', d.id, d.reference, d.title,
  coalesce((SELECT group_concat(v.change_summary, ' ') FROM document_versions v WHERE v.document_id = d.id), ''), ''
FROM documents d;
UPDATE search_index SET folded = replace(replace(replace(replace(title || ' ' || body, 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE') WHERE kind = 'document';

INSERT INTO search_index (rowid, kind, record_id, label, title, body, folded)
SELECT id * 2 + 1, 'requirement', id, number, title_fr || coalesce(' ' || title_en, ''), coalesce(text, ''),
  replace(replace(replace(replace(title_fr || ' ' || coalesce(text, ''), 'œ', 'oe'), 'Œ', 'OE'), 'æ', 'ae'), 'Æ', 'AE')
FROM requirements;
