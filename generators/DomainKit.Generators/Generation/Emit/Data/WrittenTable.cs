using System.Collections.Generic;
using DomainKit.Generators.Corpus.Linking;
using DomainKit.Generators.Corpus.Values;

namespace DomainKit.Generators.Generation.Emit.Data
{
    /// <summary>
    /// A finished corpus table as the next one written on from the same catalogs' part can copy from it: its sections
    /// (never written to once finished), its string pool (finished too: the strings it added after the catalogs' part,
    /// in order, <see cref="StringPool.Added"/>, and their references, which the next pool shares while in step), what
    /// records' rows refer to outside themselves (the standoff rows' numbering, the borders), the standoff type names
    /// with the layers' names they were joined from, what its indexes were computed from, and where each record's rows
    /// are. Never compared: a writer holds the one it read (<see cref="WrittenTables.Last"/>).
    /// </summary>
    internal sealed record WrittenTable(
        IntSection[] Sections,
        IndexInputs Indexes,
        StringPool Strings,
        IReadOnlyList<string> StandoffTypes,
        IReadOnlyList<LayerTypeNames> LayerTypes,
        StandoffRowNumbering Numbering,
        IReadOnlyList<BorderValue> Borders,
        WrittenRecords<MentionModel> Mentions,
        WrittenRecords<StatementModel> Statements,
        WrittenRecords<BorderEventModel> BorderEvents,
        WrittenRecords<RelationModel> Relations);
}
