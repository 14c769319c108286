using DomainKit.Compiled;
using DomainKit.Generators.Common;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// One document's standoff layer laid out once, when the document is linked (the generator caches it per document):
    /// its rows of each table that holds them document after document (<see cref="DocumentStandoffWriter.Sections"/>),
    /// numbered from 0 within the document, with its own strings, lists and type names. <see cref="StandoffTableWriter"/>
    /// appends them to the corpus's table, moving each value by its <see cref="Relocation"/>, so a data edit neither hashes
    /// the strings, sorts the ids nor checks the spans of the documents it did not touch. Each string comes with its
    /// <see cref="ShortStringKey"/>, by which the writer finds most of them without reading them again.
    /// </summary>
    internal sealed record DocumentStandoffRows(
        int Document,
        EquatableArray<DocumentSectionRows> Sections,
        EquatableArray<string> Strings,
        EquatableArray<long> StringKeys,
        EquatableArray<string> Types,
        RelocatableInts Lists);

    /// <summary>One table's rows of a document (<see cref="DocumentStandoffRows"/>).</summary>
    internal sealed record DocumentSectionRows(Section Section, RelocatableInts Rows);
}
