namespace DomainKit.Generators.Generation
{
    /// <summary>Names of the pipeline steps, so tests can assert how each one was cached.</summary>
    internal static class TrackingNames
    {
        public const string DeclarationSites = nameof(DeclarationSites);
        public const string Declarations = nameof(Declarations);
        public const string CorpusRoot = nameof(CorpusRoot);
        public const string HelpFile = nameof(HelpFile);
        public const string ParsedAnnotations = nameof(ParsedAnnotations);
        public const string ParsedFiles = nameof(ParsedFiles);
        public const string CollectedFiles = nameof(CollectedFiles);
        public const string CorpusScopes = nameof(CorpusScopes);
        public const string CheckedScopes = nameof(CheckedScopes);
        public const string CatalogFiles = nameof(CatalogFiles);
        public const string LinkedCatalogs = nameof(LinkedCatalogs);
        public const string DocumentInputs = nameof(DocumentInputs);
        public const string LinkedDocuments = nameof(LinkedDocuments);
        public const string DocumentsWithoutNotes = nameof(DocumentsWithoutNotes);
        public const string DocumentStandoffRows = nameof(DocumentStandoffRows);
        public const string LinkedCorpora = nameof(LinkedCorpora);
        public const string EmittedCorpora = nameof(EmittedCorpora);
        public const string IndexKeys = nameof(IndexKeys);
        public const string KeyIndexes = nameof(KeyIndexes);
        public const string CatalogRecords = nameof(CatalogRecords);
        public const string CatalogTables = nameof(CatalogTables);
        public const string CompiledData = nameof(CompiledData);
        public const string DataDirectory = nameof(DataDirectory);
        public const string DataSegments = nameof(DataSegments);
        public const string StandoffRows = nameof(StandoffRows);
        public const string CompiledNotes = nameof(CompiledNotes);
        public const string ActorQueries = nameof(ActorQueries);
        public const string RecordQueries = nameof(RecordQueries);
        public const string MentionQueries = nameof(MentionQueries);
        public const string TypeConstants = nameof(TypeConstants);
        public const string ReportedDiagnostics = nameof(ReportedDiagnostics);
    }
}
