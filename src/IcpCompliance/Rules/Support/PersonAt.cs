using IcpCompliance.Filing;

namespace IcpCompliance.Rules;

/// <summary>A person of an application with where it sits; <see cref="Path"/> is built only when asked for.</summary>
internal readonly record struct PersonAt(Person Person, PersonSlot Slot, int Index)
{
    internal string Path => Slot switch
    {
        PersonSlot.People => FieldPath.Person(Index),
        PersonSlot.ServicePrincipal => FieldPath.ServicePrincipal(Index),
        _ => FieldPath.Administrator(Index),
    };

    /// <summary>Whether the person is responsible for the subject or a service (the principals the SMS goes to).</summary>
    internal bool IsPrincipal => Person.Role is PersonRole.SubjectPrincipal or PersonRole.ServicePrincipal;
}
