using IcpCompliance.Workflow;

namespace IcpCompliance.Serialization;

/// <summary>An event read under the name 0.1 wrote for it; <see cref="LegacyNames.Current"/> replaces it by
/// <see cref="Current"/> before the history is replayed, so no case ever holds one.</summary>
internal interface ILegacyEvent
{
    /// <summary>The event under today's name.</summary>
    FilingEvent Current { get; }
}
