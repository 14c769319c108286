using System.Collections.Immutable;

namespace DomainKit;

/// <summary>The documents of a corpus, with lookup by id.</summary>
public sealed class DocumentTable : RecordTable<Document>
{
    internal DocumentTable(ImmutableArray<Document> all)
        : base(all, static document => document.Id)
    {
    }
}
