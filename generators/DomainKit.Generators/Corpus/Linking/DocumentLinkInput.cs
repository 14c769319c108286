using DomainKit.Generators.Corpus.Standoff;

namespace DomainKit.Generators.Corpus.Linking
{
    /// <summary>
    /// One <c>.ann</c> file with what it is linked to of its own: its document's id and index in the corpus's document
    /// list, and its text (null when the corpus has none for it).
    /// </summary>
    internal sealed record DocumentLinkInput(string DocumentId, int Document, StandoffDocument Annotations, TextFile? Text);
}
