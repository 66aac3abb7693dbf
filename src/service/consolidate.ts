// Consolidation as the service calls it: src/record's consolidate(), with the shapes the service passes around.
export { consolidate, renderPairStory, exportRows, toRecordV1, EXPORT_FORMATS } from '../record/index';
export type { DocMeta as RecordDocument, ExportFormat, RecordItem, SourceFact } from '../record/index';
