using IcpCompliance.Filing;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="FilingOperation"/> by its name (for example <c>FirstFiling</c>).</summary>
internal sealed class FilingOperationJsonConverter : SmartEnumNameJsonConverter<FilingOperation>
{
    /// <summary>Creates the converter.</summary>
    public FilingOperationJsonConverter()
        : base(FilingOperation.All)
    {
    }
}
