using System.Collections.Immutable;

namespace DomainKit.Compiled;

/// <summary>Decodes the span fields (<see cref="SpanFields"/>) of mentions, quotes and attestations.</summary>
internal static class SpanDecoder
{
    /// <summary>The span's text: its own string, or a slice of the document text that was decoded anyway.</summary>
    public static string Text(DataReader reader, int span, Document document)
    {
        var text = reader.Int(span + SpanFields.Text);
        return text == Refs.None
            ? document.Text.Substring(reader.Int(span + SpanFields.TextStart), reader.Int(span + SpanFields.TextLength))
            : reader.String(text) ?? string.Empty;
    }

    public static ImmutableArray<CodePointRange> Fragments(DataReader reader, int span)
    {
        var bounds = reader.List(span + SpanFields.Fragments);
        // Stryker disable once Block : a shortcut: an empty builder gives the same empty array
        if (bounds.IsEmpty)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<CodePointRange>(bounds.Length / 2);
        // Stryker disable once Equality : the bounds come in pairs, so i + 1 < n and i + 1 <= n stop alike
        for (var i = 0; i + 1 < bounds.Length; i += 2)
        {
            builder.Add(new CodePointRange(bounds[i], bounds[i + 1]));
        }

        return builder.MoveToImmutable();
    }
}
