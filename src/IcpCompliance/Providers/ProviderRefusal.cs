using IcpCompliance.Workflow;

namespace IcpCompliance.Providers;

/// <summary>Where a provider's sequence of statuses stops being a legal path of the workflow: the observation, the
/// state the case stood in, and the workflow's own refusal (with the guard that refused it, when one did).</summary>
/// <param name="Observation">The observation that cannot follow.</param>
/// <param name="Status">Its row in the provider's table.</param>
/// <param name="State">The state the case stood in.</param>
/// <param name="Rejection">The workflow's refusal of the status's event, or null when the status has no event into
/// it at all (such as "not filed" after the platform's review began).</param>
/// <param name="Message">What happened, in English.</param>
/// <param name="MessageChinese">What happened, in Chinese.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ProviderRefusal(ProviderObservation Observation, ProviderStatus Status, FilingState State, TransitionRejected? Rejection, string Message, string MessageChinese)
{
    /// <summary>The guard that refused the status's event, or null when no guard did (no row from the state).</summary>
    public TransitionGuard? Guard => Rejection?.Guard;
}
