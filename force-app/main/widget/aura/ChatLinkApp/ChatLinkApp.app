<!--
  Lightning Out dependency app of the ChatLink Visualforce page: declares the widget's root
  component. `c:` is this bundle's own namespace (resolved by the platform, also inside the
  LiveEngage managed package). GLOBAL access is required by Lightning Out.
-->
<aura:application
  access="GLOBAL"
  extends="ltng:outApp"
  description="Lightning Out dependency app of the ChatLink page"
>
  <aura:dependency resource="c:chatLink" />
</aura:application>
