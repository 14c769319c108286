using System.Collections.Immutable;
using DomainKit.Standoff;

namespace DomainKit.Compiled;

/// <summary>
/// Decodes the attestations (and their quotes) of one statement or border event. Each belongs to exactly one
/// record, so they are decoded with it rather than cached on their own.
/// </summary>
internal sealed class AttestationDecoder(DataReader reader, DocumentTable documents, ActorTable actors, StandoffTables standoff)
{
    public ImmutableArray<Attestation> Decode(int listPosition)
    {
        var rows = reader.List(listPosition);
        var builder = ImmutableArray.CreateBuilder<Attestation>(rows.Length);
        foreach (var row in rows)
        {
            builder.Add(Attestation(row));
        }

        return builder.MoveToImmutable();
    }

    /// <summary>Record references of a list field, such as addressees or agents.</summary>
    public ImmutableArray<Actor> Actors(int listPosition)
    {
        var indices = reader.List(listPosition);
        var builder = ImmutableArray.CreateBuilder<Actor>(indices.Length);
        foreach (var index in indices)
        {
            builder.Add(actors[index]);
        }

        return builder.MoveToImmutable();
    }

    private Attestation Attestation(int row)
    {
        var field = reader.Start(Section.Attestations) + (row * AttestationRow.Width);
        // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
        var document = documents[reader.Int(field + AttestationRow.Document)];
        var span = field + AttestationRow.Span;
        var via = reader.Int(field + AttestationRow.Via);
        var annotation = reader.Int(field + AttestationRow.Annotation);
        var quotes = reader.List(field + AttestationRow.Quotes);
        var builder = ImmutableArray.CreateBuilder<Quote>(quotes.Length);
        foreach (var quote in quotes)
        {
            builder.Add(Quote(quote, document));
        }

        return new Attestation
        {
            Document = document,
            // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
            Start = reader.Int(span + SpanFields.Start),
            End = reader.Int(span + SpanFields.End),
            Text = SpanDecoder.Text(reader, span, document),
            Direct = reader.Int(field + AttestationRow.Direct) != 0,
            Via = via == Refs.None ? null : actors[via],
            Quotes = builder.MoveToImmutable(),
            Annotation = annotation == Refs.None ? null : standoff.Events[annotation],
        };
    }

    private Quote Quote(int row, Document document)
    {
        var field = reader.Start(Section.Quotes) + (row * QuoteRow.Width);
        var span = field + QuoteRow.Span;
        return new Quote
        {
            // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
            Start = reader.Int(span + SpanFields.Start),
            End = reader.Int(span + SpanFields.End),
            Text = SpanDecoder.Text(reader, span, document),
            // Stryker disable once Arithmetic : the field's offset is 0, so - and + read the same integer
            Direct = reader.Int(field + QuoteRow.Direct) != 0,
            Fragments = SpanDecoder.Fragments(reader, span),
        };
    }
}
