from django.shortcuts import render

from datachat.services.seeding import demo_info


def demo_page(request):
    """A host page showing the widget, the way a customer's site would embed it."""
    return render(request, "demo.html", {"demo": demo_info()})
