using Consumer;
using DomainKit;

// The bundled dataset.
Afghanistan2021.Actors.TryFind("Islamic Emirate", out var taliban);
Console.WriteLine($"Bundled: 'Islamic Emirate' is {taliban!.Name} ({taliban.Kind})");
foreach (var statement in Afghanistan2021.Statements.BySpeaker(taliban))
{
    var attestation = statement.Attestations[0];
    Console.WriteLine($"Bundled: {statement.Id} in {attestation.Document.Id} [{attestation.Start}, {attestation.End}): {attestation.Text.ReplaceLineEndings(" ")}");
    break;
}

// Your own corpus, compiled from MyCorpus/.
foreach (var actor in MyCorpus.Actors.All)
{
    Console.WriteLine($"Mine: actor {actor.Id} {actor.Name}");
}

MyCorpus.Actors.TryFind("talibs", out var talibs);
Console.WriteLine($"Mine: 'talibs' is {talibs?.Id}");
foreach (var statement in MyCorpus.Statements.All)
{
    Console.WriteLine($"Mine: statement {statement.Id} by {statement.Speaker.Id}, {statement.Kind}, in {statement.Attestations.Length} documents");
}

foreach (var borderEvent in MyCorpus.BorderEvents.All)
{
    Console.WriteLine($"Mine: border event {borderEvent.Kind} {borderEvent.Border} on {borderEvent.Date}, {borderEvent.Quantity?.Bound} {borderEvent.Quantity?.Value} {borderEvent.Quantity?.Unit} to {borderEvent.Destination}");
}
