using System.Text.Json.Serialization;
using DomainKit.Json;

namespace DomainKit;

/// <summary>The speech act a statement performs.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<StatementKind>))]
public enum StatementKind
{
    /// <summary>The annotation gives no kind.</summary>
    Unspecified,

    /// <summary>Reassures the addressees (for example that they are safe).</summary>
    Assurance,

    /// <summary>Calls on others to act.</summary>
    Appeal,

    /// <summary>Asks for something, such as help.</summary>
    Request,

    /// <summary>Warns of a danger or consequence.</summary>
    Warning,

    /// <summary>Threatens the addressees.</summary>
    Threat,

    /// <summary>Criticises someone's conduct.</summary>
    Criticism,

    /// <summary>Expresses concern.</summary>
    Concern,

    /// <summary>Denies a claim or a report.</summary>
    Denial,

    /// <summary>Assesses a situation.</summary>
    Assessment,

    /// <summary>Announces a fact or decision.</summary>
    Announcement,

    /// <summary>Gives an account of events.</summary>
    Account,

    /// <summary>Accuses someone.</summary>
    Accusation,

    /// <summary>Commits the speaker to a future course of action.</summary>
    Pledge,
}
