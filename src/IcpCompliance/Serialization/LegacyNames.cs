using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using IcpCompliance.Filing;
using IcpCompliance.Workflow;

namespace IcpCompliance.Serialization;

/// <summary>
/// The names version 0.1 wrote in British spelling, before the library took US English (issue 22; "Cancelled"
/// became .NET's "Canceled", as in <see cref="System.Threading.Tasks.TaskStatus.Canceled"/>): a stored
/// application or case keeps reading, and is written back with today's names. Each entry is exactly what 0.1 wrote.
/// </summary>
internal static class LegacyNames
{
    /// <summary>The discriminator 0.1 wrote for a <see cref="CommercialLicenseGranted"/> event.</summary>
    internal const string CommercialLicenseGrantedEvent = "CommercialLicenceGranted";

    /// <summary>The discriminator 0.1 wrote for a <see cref="FilingCanceled"/> event.</summary>
    internal const string FilingCanceledEvent = "FilingCancelled";

    /// <summary>The stored case member 0.1 wrote for <see cref="FilingCase.LicenseNumber"/>.</summary>
    internal const string LicenseNumberMember = "licenceNumber";

    // Enum and SmartEnum members by their type: (the name 0.1 wrote, the member's name now).
    private static readonly (Type Type, string Written, string Current)[] Members =
    [
        (typeof(FilingDocument), "BusinessLicenceScan", nameof(FilingDocument.BusinessLicenseScan)),
        (typeof(FilingDocument), "OrganisationCertificateScan", nameof(FilingDocument.OrganizationCertificateScan)),
        (typeof(FilingDocument), "AuthorisationLetter", nameof(FilingDocument.AuthorizationLetter)),
        (typeof(EntityType), "SocialOrganisation", nameof(EntityType.SocialOrganization)),
        (typeof(FilingEventKind), "CommercialLicenceGranted", nameof(FilingEventKind.CommercialLicenseGranted)),
        (typeof(FilingEventKind), "FilingCancelled", nameof(FilingEventKind.FilingCanceled)),
        (typeof(FilingState), "Cancelled", nameof(FilingState.Canceled)),
    ];

    /// <summary>Adds, for each old name of a member of <typeparamref name="TMember"/>'s type, the member the
    /// current name already maps to.</summary>
    internal static void AddTo<TMember>(Dictionary<string, TMember> byName)
    {
        foreach (var (type, written, current) in Members)
        {
            if (type == typeof(TMember) && byName.TryGetValue(current, out var member))
            {
                byName.TryAdd(written, member);
            }
        }
    }

    /// <summary>A history with each event read under its 0.1 name replaced by today's event; the same array when
    /// there is none.</summary>
    internal static ImmutableArray<FilingEvent> Current(ImmutableArray<FilingEvent> history)
    {
        if (history.IsDefaultOrEmpty)
        {
            return history;
        }

        ImmutableArray<FilingEvent>.Builder? current = null;
        for (int i = 0; i < history.Length; i++)
        {
            if (history[i] is ILegacyEvent legacy)
            {
                current ??= history.ToBuilder();
                current[i] = legacy.Current;
            }
        }

        return current?.ToImmutable() ?? history;
    }

    /// <summary>Registers the events of their 0.1 names as derived types of <see cref="FilingEvent"/>, for
    /// reading only: nothing creates them but the reader, and <see cref="Current"/> replaces them.</summary>
    internal static void AddLegacyEvents(System.Text.Json.Serialization.Metadata.JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type == typeof(FilingEvent) && typeInfo.PolymorphismOptions is { } polymorphism)
        {
            polymorphism.DerivedTypes.Add(new System.Text.Json.Serialization.Metadata.JsonDerivedType(
                typeof(LegacyCommercialLicenseGranted), CommercialLicenseGrantedEvent));
            polymorphism.DerivedTypes.Add(new System.Text.Json.Serialization.Metadata.JsonDerivedType(
                typeof(LegacyFilingCanceled), FilingCanceledEvent));
        }
    }
}
