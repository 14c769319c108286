using System.Text.Json.Serialization;
using DomainKit.Json;

namespace DomainKit;

/// <summary>What kind of actor a canonical actor is.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<ActorKind>))]
public enum ActorKind
{
    /// <summary>A named or unnamed individual.</summary>
    Person,

    /// <summary>A state; its <see cref="Actor.Country"/> is its own ISO 3166-1 alpha-3 code.</summary>
    Country,

    /// <summary>A government, ministry, agency or legislature.</summary>
    GovernmentBody,

    /// <summary>A state's armed forces or one of their units.</summary>
    Military,

    /// <summary>A non-state armed group or insurgency.</summary>
    ArmedGroup,

    /// <summary>An intergovernmental organisation.</summary>
    Intergovernmental,

    /// <summary>A non-governmental organisation.</summary>
    Ngo,

    /// <summary>A news outlet, agency or channel.</summary>
    Media,

    /// <summary>A group of people that statements are addressed to or about.</summary>
    Group,
}
