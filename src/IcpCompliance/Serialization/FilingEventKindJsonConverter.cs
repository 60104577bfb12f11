using IcpCompliance.Workflow;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="FilingEventKind"/> by its name.</summary>
internal sealed class FilingEventKindJsonConverter : SmartEnumNameJsonConverter<FilingEventKind>
{
    /// <summary>Creates the converter.</summary>
    public FilingEventKindJsonConverter()
        : base(FilingEventKind.All)
    {
    }
}
