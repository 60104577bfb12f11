using IcpCompliance.Workflow;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="FilingState"/> by its name.</summary>
internal sealed class FilingStateJsonConverter : SmartEnumNameJsonConverter<FilingState>
{
    /// <summary>Creates the converter.</summary>
    public FilingStateJsonConverter()
        : base(FilingState.All)
    {
    }
}
