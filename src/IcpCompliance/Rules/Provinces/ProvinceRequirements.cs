using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using IcpCompliance.Internal;
using IcpCompliance.Regions;

namespace IcpCompliance.Rules;

/// <summary>
/// The requirements of all 31 provinces' bureaus, one <see cref="BureauRequirements"/> each. <see cref="Default"/>
/// is the built-in table (docs/provinces.md lists it with the sources); <see cref="With"/> replaces one province's
/// entry, so a provider applies its own stricter or newer knowledge without a new release.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. A lookup is an array index and allocates nothing.</remarks>
public sealed class ProvinceRequirements
{
    private const int MaxCode = 66;
    private readonly BureauRequirements[] _byCode;

    private ProvinceRequirements(BureauRequirements[] byCode, ImmutableArray<BureauRequirements> all)
    {
        _byCode = byCode;
        All = all;
    }

    /// <summary>The built-in table.</summary>
    public static ProvinceRequirements Default { get; } = Create(ProvinceRequirementsData.Create());

    /// <summary>Every province's requirements, ordered by province code.</summary>
    public ImmutableArray<BureauRequirements> All { get; }

    /// <summary>Creates a table.</summary>
    /// <param name="requirements">One entry for each of the 31 provinces.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requirements"/> or an entry is null.</exception>
    /// <exception cref="ArgumentException">A province is missing or appears twice.</exception>
    public static ProvinceRequirements Create(IEnumerable<BureauRequirements> requirements)
    {
        Preconditions.CheckNotNull(requirements);
        var byCode = new BureauRequirements[MaxCode];
        foreach (BureauRequirements entry in requirements)
        {
            Preconditions.CheckNotNull(entry);
            Preconditions.CheckArgument(byCode[entry.Province.Code] is null, "Province " + entry.Province.EnglishName + " appears twice.", nameof(requirements));
            byCode[entry.Province.Code] = entry;
        }

        var all = ImmutableArray.CreateBuilder<BureauRequirements>(Province.All.Length);
        foreach (Province province in Province.All)
        {
            Preconditions.CheckArgument(byCode[province.Code] is not null, "Province " + province.EnglishName + " is missing.", nameof(requirements));
            all.Add(byCode[province.Code]);
        }

        return new ProvinceRequirements(byCode, all.MoveToImmutable());
    }

    /// <summary>The requirements of one province.</summary>
    /// <param name="province">The province.</param>
    /// <returns>Its requirements.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    public BureauRequirements For(Province province) => _byCode[Preconditions.CheckNotNull(province).Code];

    /// <summary>A table with one province's entry replaced.</summary>
    /// <param name="requirements">The province's new requirements.</param>
    /// <returns>The new table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requirements"/> is null.</exception>
    public ProvinceRequirements With(BureauRequirements requirements)
    {
        Preconditions.CheckNotNull(requirements);
        var byCode = (BureauRequirements[])_byCode.Clone();
        byCode[requirements.Province.Code] = requirements;
        return new ProvinceRequirements(byCode, All.SetItem(Province.All.IndexOf(requirements.Province), requirements));
    }
}
