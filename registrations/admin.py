from django.contrib import admin

from .models import Registration


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ("name", "email", "forum", "status", "participation_mode", "community", "created")
    list_filter = ("status", "participation_mode", ("forum", admin.RelatedOnlyFieldListFilter))
    list_select_related = ("forum",)
    search_fields = ("name", "email", "organisation", "community")
    autocomplete_fields = ("forum",)
    readonly_fields = ("created",)
