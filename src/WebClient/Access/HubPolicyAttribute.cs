namespace NrcGame.WebClient.Access;

/// <summary>
/// The access policy of one hub method, one of <see cref="GameAccessPolicies"/>. A hub method
/// without it is refused to everyone by <see cref="GameAccessHubFilter"/>. The method acts on the
/// game and firm named by its <c>gameId</c> and <c>firmId</c> arguments, or on the caller's own
/// when it has none.
/// </summary>
/// <param name="policy">The policy name, e.g. <see cref="GameAccessPolicies.FirmStudent"/>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class HubPolicyAttribute(string policy) : Attribute
{
    /// <summary>The policy name.</summary>
    public string Policy { get; } = policy;
}
