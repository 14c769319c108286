using System.Collections.Immutable;
using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>Every <c>*</c> line of a corpus, with lookup by document.</summary>
public sealed class EquivalenceTable : StandoffTable<Equivalence>
{
    internal EquivalenceTable(StandoffTables tables)
        : base(tables, Section.Equivalences, EquivalenceRow.Width, StandoffDocumentRow.Equivalences)
    {
    }

    private protected override Equivalence Create(int index)
    {
        var members = Reader.List(Field(index, EquivalenceRow.Members));
        var builder = ImmutableArray.CreateBuilder<Annotation>(members.Length / 2);
        for (var i = 0; i + 1 < members.Length; i += 2)
        {
            builder.Add(Tables.Resolve((AnnotationKind)members[i], members[i + 1]));
        }

        return new Equivalence
        {
            Document = DocumentOf(index),
            Type = Tables.TypeName(Reader.Int(Field(index, EquivalenceRow.Type))),
            Members = builder.MoveToImmutable(),
        };
    }
}
