using System.Text.Json.Serialization;

namespace DomainKit;

/// <summary>
/// The sixteen event types of the PLOVER ontology (used by POLECAT), so records line up with other
/// political event datasets.
/// </summary>
#pragma warning disable CA1707 // PLOVER's own names are upper case.
[JsonConverter(typeof(JsonStringEnumConverter<PloverEventType>))]
public enum PloverEventType
{
    /// <summary>Agree, promise, assure.</summary>
    AGREE,

    /// <summary>Consult, meet, negotiate.</summary>
    CONSULT,

    /// <summary>Support, endorse.</summary>
    SUPPORT,

    /// <summary>Concede, yield.</summary>
    CONCEDE,

    /// <summary>Cooperate.</summary>
    COOPERATE,

    /// <summary>Give aid.</summary>
    AID,

    /// <summary>Retreat, withdraw.</summary>
    RETREAT,

    /// <summary>Request, appeal.</summary>
    REQUEST,

    /// <summary>Accuse, criticise, disapprove.</summary>
    ACCUSE,

    /// <summary>Reject, deny, refuse.</summary>
    REJECT,

    /// <summary>Threaten.</summary>
    THREATEN,

    /// <summary>Protest.</summary>
    PROTEST,

    /// <summary>Sanction.</summary>
    SANCTION,

    /// <summary>Mobilise or increase forces.</summary>
    MOBILIZE,

    /// <summary>Coerce.</summary>
    COERCE,

    /// <summary>Assault.</summary>
    ASSAULT,
}
#pragma warning restore CA1707
