using IcpCompliance.Workflow;

namespace IcpCompliance.Providers;

/// <summary>Where a provider's recorded actions stop being a legal path of the workflow: the action, the state the
/// case stood in, and the workflow's own refusal (with the guard that refused it, when one did).</summary>
/// <param name="Record">The recorded action that cannot follow.</param>
/// <param name="Action">Its row in the provider's action list.</param>
/// <param name="State">The state the case stood in.</param>
/// <param name="Rejection">The workflow's refusal of the action's event, or null when the action could not be made
/// an event (the application it needs was not added, or is not of the kind the action makes).</param>
/// <param name="Message">What happened, in English.</param>
/// <param name="MessageChinese">What happened, in Chinese.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ProviderActionRefusal(ProviderActionRecord Record, ProviderAction Action, FilingState State, TransitionRejected? Rejection, string Message, string MessageChinese)
{
    /// <summary>The guard that refused the action's event, or null when no guard did.</summary>
    public TransitionGuard? Guard => Rejection?.Guard;
}
