using System.CommandLine;
using System.Linq;
using DomainKit.Cli.Data;
using DomainKit.Cli.Output;

namespace DomainKit.Cli.Commands;

/// <summary><c>actors [NAME]</c>: every actor, or the one a name or alias finds.</summary>
internal static class ActorsCommand
{
    private static readonly Column<Actor>[] Columns =
    [
        new("id", a => a.Id),
        new("name", a => a.Name),
        new("kind", a => a.Kind.ToString()),
        new("country", a => a.Country),
        new("member of", a => a.MemberOf?.Id),
        new("aliases", a => string.Join(";", a.Aliases)),
    ];

    public static Command Create()
    {
        var name = new Argument<string?>("NAME") { Description = "An id, name or alias (any case); omit to list every actor", Arity = ArgumentArity.ZeroOrOne };
        var corpus = CommonOptions.Corpus();
        var format = CommonOptions.Format();
        var command = new Command("actors", "List the canonical actors, or find one by id, name or alias") { name, corpus, format };
        command.SetDatasetAction(corpus, (result, dataset) =>
        {
            var error = result.InvocationConfiguration.Error;
            Actor[] actors;
            if (result.GetValue(name) is { } text)
            {
                if (!Lookup.TryActor(dataset, text, error, out var actor))
                {
                    return ExitCodes.Usage;
                }

                actors = [actor];
            }
            else
            {
                actors = [.. dataset.Actors.All];
            }

            RecordOutput.Write(result.InvocationConfiguration.Output, result.GetValue(format), actors, Columns, DomainKitJson.Default.Actor);
            return ExitCodes.Ok;
        });
        return command;
    }
}
