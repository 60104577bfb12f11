using IcpCompliance.Regions;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="Province"/> by its name (for example <c>Beijing</c>).</summary>
internal sealed class ProvinceJsonConverter : SmartEnumNameJsonConverter<Province>
{
    /// <summary>Creates the converter.</summary>
    public ProvinceJsonConverter()
        : base(Province.All)
    {
    }
}
