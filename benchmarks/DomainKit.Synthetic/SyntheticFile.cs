namespace DomainKit.Synthetic;

/// <summary>One file of a synthetic corpus: its name inside the corpus folder and its UTF-8 content (LF line endings).</summary>
public sealed record SyntheticFile(string Name, string Content);
