using System;
using System.Diagnostics.CodeAnalysis;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;
using IcpCompliance.Regions;

namespace IcpCompliance.Subjects;

/// <summary>
/// The number that identifies a subject (主体) and everything filed under it: a subject's ICP filing number
/// (<c>京ICP备2021012345号</c>, the number of <c>京ICP备2021012345号-3</c>), or an ICP Commercial License
/// (<c>粤B2-20090059</c>, the number that <c>粤B2-20090059-1626X</c> hangs off).
/// </summary>
/// <remarks>
/// <para>Every ICP filing number has exactly one subject (<see cref="Of(IcpFilingNumber)"/>); a PSB number has none of
/// its own, and belongs to a subject only where a page or a record shows it with an ICP number.</para>
/// <para>A license holder usually also holds a subject number in the <c>ICP备</c> form, but nothing in either number
/// links them: the two are different subjects here, linked only where a record shows both
/// (<see cref="SubjectEstate.LinkedSubjects"/>).</para>
/// <para>Equality compares the text, as the numbers' own equality does; <see cref="IsSameRecordAs"/> ignores which of
/// the province's characters is written (甘/陇). The default value holds no number: <see cref="Province"/> throws and
/// <see cref="ToString()"/> returns an empty string. Immutable; safe to use from any thread.</para>
/// </remarks>
public readonly struct SubjectNumber : IEquatable<SubjectNumber>
{
    private readonly IcpFilingNumber _filing;
    private readonly IcpLicenseNumber _license;
    private readonly bool _isLicense;

    private SubjectNumber(IcpFilingNumber filing)
    {
        _filing = filing;
        _isLicense = false;
        _license = default;
    }

    private SubjectNumber(IcpLicenseNumber license)
    {
        _license = license;
        _isLicense = true;
        _filing = default;
    }

    /// <summary>Whether the subject is identified by an ICP Commercial License rather than a subject number.</summary>
    public bool IsLicense => _isLicense;

    /// <summary>The subject's ICP filing number (no index, no letter), or null when the subject is a license.</summary>
    public IcpFilingNumber? FilingNumber => _isLicense || IsDefault ? null : _filing;

    /// <summary>The license, or null when the subject is identified by its ICP filing number.</summary>
    public IcpLicenseNumber? LicenseNumber => _isLicense ? _license : null;

    /// <summary>The region whose communications administration issued the number.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public Province Province => IsDefault
        ? throw Preconditions.DefaultValue(nameof(SubjectNumber))
        : _isLicense ? _license.Province : _filing.Province;

    private bool IsDefault => !_isLicense && _filing == default;

    /// <summary>The subject of a filing number: itself when it is a subject's number, its subject's number when it is
    /// a service's, and its license when it hangs off one.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException"><paramref name="number"/> is the default value.</exception>
    public static SubjectNumber Of(IcpFilingNumber number)
    {
        Preconditions.CheckArgument(number != default, "The number is the default value, which holds no number.", nameof(number));
        return number.LicenseNumber is IcpLicenseNumber license
            ? new SubjectNumber(license)
            : new SubjectNumber(number.SubjectNumber!.Value);
    }

    /// <summary>The subject a license identifies: the license itself.</summary>
    /// <param name="license">The license.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException"><paramref name="license"/> is the default value.</exception>
    public static SubjectNumber Of(IcpLicenseNumber license)
    {
        Preconditions.CheckArgument(license != default, "The license is the default value, which holds no number.", nameof(license));
        return new SubjectNumber(license);
    }

    /// <summary>The subject of any of the three numbers: an ICP filing number's or a license's; a PSB number has none.</summary>
    /// <param name="number">The number.</param>
    /// <param name="subject">The subject, when the number has one.</param>
    /// <returns>Whether the number has a subject of its own (false for a PSB number).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="number"/> is null.</exception>
    public static bool TryOf(Numbers.FilingNumber number, out SubjectNumber subject)
    {
        Preconditions.CheckNotNull(number);
        subject = number.Kind switch
        {
            FilingNumberKind.IcpFiling => Of(number.AsT0),
            FilingNumberKind.IcpLicense => Of(number.AsT1),
            _ => default,
        };
        return number.Kind != FilingNumberKind.Psb;
    }

    /// <summary>Whether a filing number is this subject's own number or one of its services', whichever of the
    /// province's characters each is written with.</summary>
    /// <param name="number">The number.</param>
    /// <returns>Whether the number belongs to this subject.</returns>
    public bool Holds(IcpFilingNumber number) => number != default && !IsDefault && Of(number).IsSameRecordAs(this);

    /// <summary>The number of the <paramref name="index"/>-th service of this subject.</summary>
    /// <param name="index">The service's position in the subject's sequence, 1 to 999999.</param>
    /// <param name="suffix">The kind of service, if not a website.</param>
    /// <returns>The service's number, written with this subject's province character.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index or suffix is out of range.</exception>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public IcpFilingNumber ServiceNumber(int index, ServiceSuffix suffix = ServiceSuffix.None)
    {
        _ = Province;
        return _isLicense ? _license.WithServiceIndex(index, suffix) : _filing.WithServiceIndex(index, suffix);
    }

    /// <summary>Whether <paramref name="other"/> is the same subject written with any of the province's characters.</summary>
    /// <param name="other">The other subject.</param>
    /// <returns>Whether both name the same subject.</returns>
    public bool IsSameRecordAs(SubjectNumber other)
        => _isLicense == other._isLicense
           && (_isLicense ? _license.IsSameRecordAs(other._license) : _filing.IsSameRecordAs(other._filing));

    /// <summary>The number as written: <c>京ICP备2021012345号</c> or <c>粤B2-20090059</c>.</summary>
    /// <returns>The canonical text; empty for the default value.</returns>
    public override string ToString() => _isLicense ? _license.ToString() : _filing.ToString();

    /// <summary>Whether two subjects are the same, character as written included.</summary>
    /// <param name="left">One subject.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(SubjectNumber left, SubjectNumber right)
        => left._isLicense == right._isLicense && (left._isLicense ? left._license == right._license : left._filing == right._filing);

    /// <summary>Whether two subjects differ.</summary>
    /// <param name="left">One subject.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SubjectNumber left, SubjectNumber right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(SubjectNumber other) => this == other;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SubjectNumber other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => _isLicense ? HashCode.Combine(1, _license) : HashCode.Combine(0, _filing);

    /// <summary>A key equal for the same record whichever province character is written.</summary>
    internal (bool IsLicense, int Province, int Form, string Serial) RecordKey
        => _isLicense
            ? (true, _license.Province.Value, (int)_license.Form, _license.Serial)
            : (false, _filing.Province.Value, 0, _filing.Serial);
}
