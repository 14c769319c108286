using System.Collections.Generic;
using System.Linq;
using DomainKit.Generators.Common;
using DomainKit.Generators.Corpus.Catalogs;
using DomainKit.Generators.Corpus.Schema;
using DomainKit.Generators.Corpus.Standoff;

namespace DomainKit.Generators.Corpus
{
    /// <summary>Everything in one corpus folder, parsed, ready to link.</summary>
    internal sealed record CorpusFiles(
        string Folder,
        AnnotationSchema? Schema,
        TsvTable? Actors,
        TsvTable? Documents,
        TsvTable? Relations,
        EquatableArray<TextFile> Texts,
        EquatableArray<StandoffDocument> Annotations)
    {
        /// <summary>Groups the parsed files of one folder by what they are.</summary>
        public static CorpusFiles From(string folder, IReadOnlyList<ParsedFile> files) => new(
            folder,
            files.FirstOrDefault(f => f.Kind == CorpusFileKind.Schema)?.Schema,
            files.FirstOrDefault(f => f.Kind == CorpusFileKind.Actors)?.Table,
            files.FirstOrDefault(f => f.Kind == CorpusFileKind.Documents)?.Table,
            files.FirstOrDefault(f => f.Kind == CorpusFileKind.Relations)?.Table,
            files.Where(f => f.Text is not null).Select(f => f.Text!).ToEquatableArray(),
            files.Where(f => f.Annotations is not null).Select(f => f.Annotations!).ToEquatableArray());
    }
}
