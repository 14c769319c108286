namespace DomainKit.Synthetic;

/// <summary>How many records a synthetic corpus of a given scale compiles to: the bundled corpus's counts times the scale.</summary>
/// <param name="Scale">Multiple of the bundled corpus.</param>
/// <param name="Documents">Documents (<c>.txt</c> + <c>.ann</c> pairs).</param>
/// <param name="Actors">Rows of <c>actors.tsv</c>: the scale's actors, and as many more as a catalog (people no document mentions) when this is larger.</param>
/// <param name="Statements">Statement records (every statement has its own canonical id).</param>
/// <param name="BorderEvents">Border event records.</param>
/// <param name="Mentions">Actor spans normalised to an actor.</param>
public sealed record SyntheticCorpusShape(int Scale, int Documents, int Actors, int Statements, int BorderEvents, int Mentions)
{
    /// <summary>The bundled corpus (<c>src/DomainKit/Corpus</c>), which scale 1 mirrors.</summary>
    public static SyntheticCorpusShape Bundled { get; } = new(1, 5, 109, 56, 20, 437);

    /// <summary>The shape at <paramref name="scale"/> times the bundled size.</summary>
    public static SyntheticCorpusShape AtScale(int scale)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        return new(scale, Bundled.Documents * scale, Bundled.Actors * scale, Bundled.Statements * scale, Bundled.BorderEvents * scale, Bundled.Mentions * scale);
    }

    /// <summary>The smallest scale with at least <paramref name="statements"/> statements.</summary>
    public static SyntheticCorpusShape WithAtLeast(int statements) => AtScale(Math.Max(1, (statements + Bundled.Statements - 1) / Bundled.Statements));
}
