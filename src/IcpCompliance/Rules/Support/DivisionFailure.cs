using IcpCompliance.Identity;
using IcpCompliance.Regions;

namespace IcpCompliance.Rules;

/// <summary>A resident ID number of an application whose division code fails <see cref="ResidentIdNumber.CheckRegionCode"/>:
/// whose it is (<see cref="At"/>, or default for the subject's certificate) and the check's result.</summary>
internal readonly record struct DivisionFailure(string Name, PersonAt At, DivisionCheck Check);
