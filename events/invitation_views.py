"""The page behind an invitation link: set a password (or give the existing one) and join the organisation."""

from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters

from . import invitations
from .forms import ExistingAccountForm, NewAccountForm


@never_cache
@sensitive_post_parameters()
def accept_invitation(request, token):
    invitation = invitations.open_invitation(token)
    if invitation is None:
        return render(request, "events/invitation_invalid.html", status=404)
    user = invitations.existing_user(invitation)
    data = request.POST if request.method == "POST" else None
    form = NewAccountForm(invitation, data) if user is None else ExistingAccountForm(user, data, request=request)
    if form.is_valid():
        user = form.save()
        if not invitations.accept(invitation, user):
            return render(request, "events/invitation_invalid.html", status=404)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("admin:index")
    context = {"invitation": invitation, "form": form, "existing": user is not None}
    return render(request, "events/accept_invitation.html", context, status=400 if form.is_bound else 200)
