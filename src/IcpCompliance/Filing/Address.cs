using IcpCompliance.Regions;

namespace IcpCompliance.Filing;

/// <summary>A Mainland postal address, split where the province rules need it (same province, same city).</summary>
/// <remarks>Immutable; safe to use from any thread. Bureaus want it written in Chinese.</remarks>
public sealed record Address
{
    /// <summary>The province-level region.</summary>
    public required Province Province { get; init; }

    /// <summary>The city (地级市), for example 北京市 or 深圳市.</summary>
    public required string City { get; init; }

    /// <summary>The rest: district, street, number and room.</summary>
    public required string Detail { get; init; }

    /// <summary>The address as one line, province first, the way Chinese forms write it.</summary>
    /// <returns>The address.</returns>
    public override string ToString()
        => string.Equals(Province.ChineseName, City, System.StringComparison.Ordinal)
            ? City + Detail
            : Province.ChineseName + City + Detail;
}
