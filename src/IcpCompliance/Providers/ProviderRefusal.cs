using IcpCompliance.Workflow;

namespace IcpCompliance.Providers;

/// <summary>Where what a provider reported stops being a legal path of the workflow: the input, the entry it
/// matched, the state the case stood in, and the workflow's own refusal (with the guard that refused it, when one
/// did).</summary>
/// <typeparam name="TInput">What the provider reported: <see cref="ProviderObservation"/> or
/// <see cref="ProviderActionRecord"/>.</typeparam>
/// <typeparam name="TEntry">The entry it matches: <see cref="ProviderStatus"/> or <see cref="ProviderAction"/>.</typeparam>
/// <param name="Input">The input that cannot follow.</param>
/// <param name="Entry">Its entry in the provider's list.</param>
/// <param name="State">The state the case stood in.</param>
/// <param name="Rejection">The workflow's refusal of the input's event, or null when there is none to refuse: a
/// status with no event into it at all (such as "not filed" after the platform's review began), or an action that
/// could not be made an event (the application it needs was not added, or is not of the kind the action makes).</param>
/// <param name="Message">What happened, in English.</param>
/// <param name="MessageChinese">What happened, in Chinese.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ProviderRefusal<TInput, TEntry>(TInput Input, TEntry Entry, FilingState State, TransitionRejected? Rejection, string Message, string MessageChinese)
    where TInput : class
    where TEntry : class
{
    /// <summary>The guard that refused the input's event, or null when no guard did.</summary>
    public TransitionGuard? Guard => Rejection?.Guard;
}
