namespace DomainKit.Generators.Generation
{
    /// <summary>Names of the pipeline steps, so tests can assert how each one was cached.</summary>
    internal static class TrackingNames
    {
        public const string DeclarationSites = nameof(DeclarationSites);
        public const string Declarations = nameof(Declarations);
        public const string CorpusRoot = nameof(CorpusRoot);
        public const string HelpFile = nameof(HelpFile);
        public const string ParsedFiles = nameof(ParsedFiles);
        public const string CollectedFiles = nameof(CollectedFiles);
        public const string LinkedCorpora = nameof(LinkedCorpora);
    }
}
