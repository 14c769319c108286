namespace DomainKit.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The corpus has errors (or a size limit stopped it).</summary>
    public const int CorpusErrors = 1;

    /// <summary>The command line is wrong: an unknown command or option, a bad value, a missing folder, no such record.</summary>
    public const int Usage = 2;
}
