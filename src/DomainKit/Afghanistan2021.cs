namespace DomainKit;

/// <summary>
/// The bundled corpus: five news articles on the 2021 US/NATO withdrawal from Afghanistan, annotated in brat
/// standoff (see <c>docs/corpus-format.md</c>). The DomainKit generator fills this class at compile time.
/// </summary>
[DomainCorpus("Corpus")]
public static partial class Afghanistan2021;
