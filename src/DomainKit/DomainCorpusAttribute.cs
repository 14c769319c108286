using System;

namespace DomainKit;

/// <summary>
/// Declares a compile-time dataset: the DomainKit generator fills the <c>static partial class</c> it marks
/// with <c>Documents</c>, <c>Actors</c>, <c>Statements</c>, <c>BorderEvents</c>, <c>Mentions</c> and
/// <c>Relations</c> from the brat standoff corpus in <see cref="Folder"/>.
/// </summary>
/// <example>
/// <code>
/// [DomainCorpus("Corpus")]
/// public static partial class MyCorpus;
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class DomainCorpusAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="folder">
    /// The corpus folder, relative to the project directory. Its <c>.txt</c>, <c>.ann</c>, <c>.tsv</c> and
    /// <c>annotation.conf</c> files must be <c>AdditionalFiles</c> of the compilation.
    /// </param>
    public DomainCorpusAttribute(string folder) => Folder = folder;

    /// <summary>The corpus folder, relative to the project directory.</summary>
    public string Folder { get; }
}
