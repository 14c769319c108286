using System.CommandLine;
using System.Linq;
using DomainKit.Cli.Data;
using DomainKit.Cli.Output;

namespace DomainKit.Cli.Commands;

/// <summary><c>mentions ACTOR</c>: every span that names or refers to an actor.</summary>
internal static class MentionsCommand
{
    private static readonly Column<Mention>[] Columns =
    [
        new("document", m => m.Document.Id),
        new("start", m => m.Start.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("end", m => m.End.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("text", m => m.Text),
    ];

    public static Command Create()
    {
        var actorName = new Argument<string>("ACTOR") { Description = "The actor: id, name or alias (any case)" };
        var corpus = CommonOptions.Corpus();
        var format = CommonOptions.Format();
        var command = new Command("mentions", "List the spans that mention an actor, document by document") { actorName, corpus, format };
        command.SetDatasetAction(corpus, (result, dataset) =>
        {
            var error = result.InvocationConfiguration.Error;
            if (!Lookup.TryActor(dataset, result.GetRequiredValue(actorName), error, out var actor))
            {
                return ExitCodes.Usage;
            }

            RecordOutput.Write(result.InvocationConfiguration.Output, result.GetValue(format), dataset.Mentions.Of(actor).ToList(), Columns, DomainKitJson.Default.Mention);
            return ExitCodes.Ok;
        });
        return command;
    }
}
