"""Template helpers for the allauth pages (their forms get KERN markup from the project's form renderer)."""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def signup_is_open(context: template.Context) -> bool:
    from allauth.account.adapter import get_adapter

    request = context.get("request")
    return request is not None and get_adapter(request).is_open_for_signup(request)
