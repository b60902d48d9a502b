"""Who may do what with which forums: the organiser workspace, in plain functions.

A user belongs to organisations through memberships with a role. An organisation's
forums are those where it is organiser or co-organiser; partners and funders get no
rights from being listed. Managers and editors edit those forums (agenda, materials,
registration settings); managers and the registration desk see and handle their
registrations; editors never see registrants' personal data. Superusers see everything.

Speakers, venues and topics are shared: every organiser may use them and add new ones;
a speaker or venue may be changed only by the organisation that created it (and by
superusers), topics only by superusers.
"""

from .models import Forum, ForumOrganisation, Membership, Organisation

Role = Membership.Role
ALL_ROLES = frozenset(Role)
EDITS_FORUMS = frozenset({Role.MANAGER, Role.EDITOR})
HANDLES_REGISTRATIONS = frozenset({Role.MANAGER, Role.REGISTRATION_DESK})
MANAGES_MEMBERS = frozenset({Role.MANAGER})
RUNS_FORUM = (ForumOrganisation.Role.ORGANISER, ForumOrganisation.Role.CO_ORGANISER)


def is_superuser(user):
    return user.is_active and user.is_superuser


def memberships(user):
    """{organisation id: role} of the user, read once per request (cached on the user object)."""
    if not user.is_authenticated or not user.is_active or not user.is_staff:
        return {}
    if not hasattr(user, "_workspace_memberships"):
        user._workspace_memberships = dict(Membership.objects.filter(user=user).values_list("organisation_id", "role"))
    return user._workspace_memberships


def organisation_ids(user, roles=ALL_ROLES):
    """The organisations in which the user has one of `roles`."""
    return sorted(organisation for organisation, role in memberships(user).items() if role in roles)


def organisations(user, roles=ALL_ROLES):
    return Organisation.objects.filter(pk__in=organisation_ids(user, roles))


def has_role(user, roles=ALL_ROLES):
    """Whether the user has one of `roles` in some organisation (superusers have all)."""
    return is_superuser(user) or bool(organisation_ids(user, roles))


def forums(user, roles=ALL_ROLES):
    """The forums the user may reach with one of `roles`: those their organisations organise or co-organise."""
    if is_superuser(user):
        return Forum.objects.all()
    return Forum.objects.filter(pk__in=run_by(organisation_ids(user, roles)))


def run_by(organisation_ids):
    """The ids of the forums organised or co-organised by any of the organisations (a subquery)."""
    return ForumOrganisation.objects.filter(organisation__in=organisation_ids, role__in=RUNS_FORUM).values("forum_id")


def scope(queryset, user, forum_path, roles=ALL_ROLES):
    """`queryset` narrowed to the rows whose forum (at `forum_path`, "" for forums) the user reaches with `roles`."""
    if is_superuser(user):
        return queryset
    lookup = f"{forum_path}__in" if forum_path else "pk__in"
    return queryset.filter(**{lookup: run_by(organisation_ids(user, roles))})


def may_use_forum(user, forum_id, roles=ALL_ROLES):
    """Whether one of the user's organisations in which they have one of `roles` runs the forum."""
    if is_superuser(user):
        return True
    ids = organisation_ids(user, roles)
    return bool(ids) and run_by(ids).filter(forum_id=forum_id).exists()


def may_see_registrations(user, forum_id=None):
    """Registrants' personal data: managers and the registration desk of the forum's organisations."""
    if forum_id is None:
        return has_role(user, HANDLES_REGISTRATIONS)
    return may_use_forum(user, forum_id, HANDLES_REGISTRATIONS)


def may_change_shared(user, owner_id, roles=EDITS_FORUMS):
    """A shared object (speaker, venue, series, organisation) may be changed by its owning organisation."""
    return is_superuser(user) or (owner_id is not None and owner_id in organisation_ids(user, roles))


def default_organisation(user, roles=EDITS_FORUMS):
    """The organisation a new object of the user belongs to when they do not choose: their first one."""
    ids = organisation_ids(user, roles)
    return ids[0] if ids else None
