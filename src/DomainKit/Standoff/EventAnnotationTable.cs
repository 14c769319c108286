using System.Collections.Immutable;
using DomainKit.Compiled;

namespace DomainKit.Standoff;

/// <summary>Every <c>E</c> line of a corpus, with lookups by type and document.</summary>
public sealed class EventAnnotationTable : TypedStandoffTable<EventAnnotation>
{
    internal EventAnnotationTable(StandoffTables tables)
        : base(tables, Section.Events, EventRow.Width, StandoffDocumentRow.Events, Section.EventsByType)
    {
    }

    private protected override EventAnnotation Create(int index)
    {
        var first = Reader.Int(Field(index, EventRow.Arguments));
        var count = Reader.Int(Field(index, EventRow.ArgumentCount));
        var arguments = ImmutableArray.CreateBuilder<AnnotationArgument>(count);
        for (var i = 0; i < count; i++)
        {
            var argument = Reader.Field(Section.EventArguments, EventArgumentRow.Width, first + i, 0);
            // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
            arguments.Add(Tables.Argument(argument + EventArgumentRow.Role, argument + EventArgumentRow.TargetKind, argument + EventArgumentRow.Target));
        }

        return new EventAnnotation
        {
            Document = DocumentOf(index),
            Id = Reader.StringAt(Field(index, EventRow.Id)),
            Type = Tables.TypeName(Reader.Int(Field(index, EventRow.Type))),
            Trigger = Tables.TextBounds[Reader.Int(Field(index, EventRow.Trigger))],
            Arguments = arguments.MoveToImmutable(),
            Row = index,
        };
    }
}
