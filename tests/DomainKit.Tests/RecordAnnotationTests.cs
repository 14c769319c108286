using DomainKit.Standoff;

namespace DomainKit.Tests;

/// <summary>
/// Each statement and border event against the annotations on the events that attest it, read through the standoff
/// layer: its kind, PLOVER type and CAMEO code are the attributes and normalizations written on those events.
/// </summary>
public class RecordAnnotationTests
{
    private static readonly StandoffTables Standoff = Afghanistan2021.Dataset.Standoff;

    [Fact]
    public void Every_statements_kind_plover_type_and_cameo_code_are_those_written_on_its_events()
    {
        var checkedKinds = 0;
        foreach (var statement in Afghanistan2021.Statements.All)
        {
            foreach (var annotation in statement.Attestations.Select(a => a.Annotation!))
            {
                checkedKinds += AssertWritten(annotation, "StatementKind", statement.Kind.ToString(), statement.Plover, statement.Cameo);
            }
        }

        Assert.True(checkedKinds >= 40, $"most statement events carry their kind; found {checkedKinds}");
    }

    [Fact]
    public void Every_border_events_kind_plover_type_cameo_code_and_border_are_those_written_on_its_events()
    {
        var checkedKinds = 0;
        foreach (var borderEvent in Afghanistan2021.BorderEvents.All)
        {
            foreach (var annotation in borderEvent.Attestations.Select(a => a.Annotation!))
            {
                checkedKinds += AssertWritten(annotation, "BorderEventKind", borderEvent.Kind.ToString(), borderEvent.Plover, borderEvent.Cameo);
                foreach (var border in Standoff.Normalizations.Of(annotation).Where(n => n.Database == "border"))
                {
                    Assert.True(Border.TryParse(border.EntryId, out var written));
                    Assert.Equal(written, borderEvent.Border);
                }
            }
        }

        Assert.True(checkedKinds >= 15, $"most border events carry their kind; found {checkedKinds}");
        Assert.Contains(Afghanistan2021.BorderEvents.All, e => e.Border is null);
        Assert.Contains(Afghanistan2021.BorderEvents.All, e => e.Quantity is null);
    }

    /// <summary>Checks the record's fields against the event's attributes and normalizations; 1 when the event gives the kind.</summary>
    private static int AssertWritten(Annotation annotation, string kindAttribute, string kind, PloverEventType? plover, string? cameo)
    {
        var attributes = Standoff.Attributes.Of(annotation);
        foreach (var attribute in attributes.Where(a => a.Type == "Plover"))
        {
            Assert.Equal(attribute.Value, plover?.ToString());
        }

        foreach (var code in Standoff.Normalizations.Of(annotation).Where(n => n.Database == "cameo"))
        {
            Assert.Equal(code.EntryId, cameo);
        }

        var kinds = attributes.Where(a => a.Type == kindAttribute).ToList();
        foreach (var attribute in kinds)
        {
            Assert.Equal(attribute.Value, kind);
        }

        return kinds.Count;
    }
}
