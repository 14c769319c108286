using System.Text.Json.Serialization;
using DomainKit.Json;

namespace DomainKit;

/// <summary>What happens at, across or about a border.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<BorderEventKind>))]
public enum BorderEventKind
{
    /// <summary>The annotation gives no kind.</summary>
    Unspecified,

    /// <summary>People or forces cross a border.</summary>
    Crossing,

    /// <summary>Forces retreat across a border.</summary>
    Retreat,

    /// <summary>Troops are sent to reinforce a border.</summary>
    Reinforcement,

    /// <summary>A party takes control of border districts or crossing points.</summary>
    TakeControl,

    /// <summary>A party asks for help to secure a border.</summary>
    AssistanceRequest,

    /// <summary>A party pledges not to attack across a border.</summary>
    NonAggressionPledge,

    /// <summary>A call to strengthen or protect a border.</summary>
    Appeal,

    /// <summary>People are relocated across borders.</summary>
    Relocation,

    /// <summary>An attack at or across a border.</summary>
    Attack,

    /// <summary>A country takes in people from across a border.</summary>
    Accommodation,
}
