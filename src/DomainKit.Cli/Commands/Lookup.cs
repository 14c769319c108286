using System.Diagnostics.CodeAnalysis;
using System.IO;

namespace DomainKit.Cli.Commands;

/// <summary>Finds the records a command line names, with a clear error when there is none.</summary>
internal static class Lookup
{
    /// <summary>An actor by id, else by name or alias (any case).</summary>
    public static bool TryActor(Dataset dataset, string text, TextWriter error, [NotNullWhen(true)] out Actor? actor)
    {
        if (dataset.Actors.TryGet(text, out actor) || dataset.Actors.TryFind(text, out actor))
        {
            return true;
        }

        error.WriteLine($"error: no actor with the id, name or alias '{text}' ('domainkit actors' lists them)");
        return false;
    }

    /// <summary>A document by id.</summary>
    public static bool TryDocument(Dataset dataset, string id, TextWriter error, [NotNullWhen(true)] out Document? document)
    {
        if (dataset.Documents.TryGet(id, out document))
        {
            return true;
        }

        error.WriteLine($"error: no document with the id '{id}'");
        return false;
    }
}
