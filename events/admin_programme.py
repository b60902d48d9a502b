"""The forum page's tools: clone the forum to new dates, shift its programme, move one day's slots.

Each tool is a form on a page of its own, reached by a button on the forum's page; the
work is done in services.py. The forum is looked up through the admin's scoped queryset
(another organisation's forum is a 404) and the tools need the right to change it.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services
from .forms import CloneForumForm, MoveDayForm, ShiftProgrammeForm


def moved_message(count):
    return ngettext("%(count)d slot moved.", "%(count)d slots moved.", count) % {"count": count}


def clone(forum, data):
    copy = services.clone_forum(forum, data["start_date"], data["title"])
    return copy, _("This is a draft copy of “%(forum)s”: check it, then publish it.") % {"forum": forum}


def shift(forum, data):
    return forum, moved_message(services.shift_programme(forum, data["minutes"]))


def move_day(forum, data):
    return forum, moved_message(services.move_day(forum, data["day"], data["to_day"]))


# name: (title, the form for a forum, what submitting it does: (forum to show next, message))
TOOLS = {
    "clone": (_("Clone the forum"), lambda forum, data: CloneForumForm(data), clone),
    "shift": (_("Shift the programme"), lambda forum, data: ShiftProgrammeForm(data), shift),
    "move_day": (
        _("Move one day's slots"),
        lambda forum, data: MoveDayForm(data, days=services.programme_days(forum)),
        move_day,
    ),
}


class ForumToolsAdminMixin:
    def get_urls(self):
        return [
            path(
                f"<int:forum_id>/{name.replace('_', '-')}/",
                self.admin_site.admin_view(self.tool_view),
                {"tool": name},
                name=f"events_forum_{name}",
            )
            for name in TOOLS
        ] + super().get_urls()

    def tool_view(self, request, forum_id, tool):
        forum = self.get_object(request, str(forum_id))
        if not self.has_change_permission(request, forum) or (tool == "clone" and not self.has_add_permission(request)):
            raise PermissionDenied
        title, make_form, perform = TOOLS[tool]
        form = make_form(forum, request.POST if request.method == "POST" else None)
        if form.is_valid():
            try:
                shown, message = perform(forum, form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                self.message_user(request, message, messages.SUCCESS)
                return redirect(reverse("admin:events_forum_change", args=[shown.pk]))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "original": forum,
            "title": title,
            "form": form,
            "media": self.media + form.media,
        }
        status = 400 if form.is_bound else 200
        return TemplateResponse(request, "admin/events/forum/tool.html", context, status=status)
